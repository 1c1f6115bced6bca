CASES = [
    (
        """PayRidge raises $28 million to take agent banking into northern Nigeria

By Chidinma Okoro

LAGOS — PayRidge, the Lagos-based mobile money operator, has raised $28 million in a Series B round led by Kestrel Frontier Capital as it prepares to push its agent network into Kano, Kaduna and Sokoto states.

The round also included returning investors Adamawa Ventures and the Oyelaran Family Office. PayRidge did not disclose its valuation, but two people familiar with the deal put it at just under $200 million.

"We have spent four years proving that agent banking works in the South-West," said Ifeoluwa Adesanya, PayRidge's co-founder and chief executive. "The next ten million customers are in the North, and they are not going to walk into a bank branch."

The company said it now processes about ₦1.2 trillion in transactions every month through 140,000 agents, most of them small shop owners who double as cash-in and cash-out points for customers without bank accounts.

Adesanya told TechCabal that most of the new capital would go into liquidity for agents, who often run out of cash float on busy market days. "Float is the whole business," she said. "If an agent in Dawanau market cannot pay out at 2pm, the customer goes back to keeping money under the mattress."

Musa Garba Danjuma, a partner at Kestrel who joins PayRidge's board as part of the deal, said the firm had been "watching the agent numbers for eighteen months" before committing.

The raise comes as the Central Bank of Nigeria tightens its oversight of agent operations. In a circular issued last month, the regulator said every agent must be "geo-fenced to a registered location" and capped the daily cash-out limit per agent at ₦1.2 million.

A senior official in the CBN's payments system management department, who asked not to be named because he was not authorised to speak to the press, said the rules were aimed at fraud rather than at slowing the industry down. "Nobody is trying to kill agency banking," the official said. "We are trying to make sure that when a customer loses money, we know exactly where it happened."

PayRidge faces stiff competition in the North from bank-backed agent networks and from the mobile money arms of the large telecoms operators, which have deeper pockets and existing airtime distribution.

"The unit economics of agent banking in the North are brutal," said Kelechi Nwosu, an analyst at Lagos-based Meridian Securities. "Distances are long, transaction sizes are small and float costs are high. Whoever cracks that wins the country."

Adesanya acknowledged the challenge but said PayRidge had already signed up 9,000 agents in Kano through a partnership with a local distributor of household goods. She said the company expects to break even by the end of 2026.
""",
        [
            ("We have spent four years", "Ifeoluwa Adesanya"),
            ("The next ten million customers", "Ifeoluwa Adesanya"),
            ("Float is the whole business,", "Ifeoluwa Adesanya"),
            ("If an agent in Dawanau", "Ifeoluwa Adesanya"),
            ("watching the agent numbers for", "Musa Garba Danjuma"),
            ("geo-fenced to a registered location", "Central Bank of Nigeria"),
            ("Nobody is trying to kill", "senior official in the CBN's payments system management department"),
            ("We are trying to make", "senior official in the CBN's payments system management department"),
            ("The unit economics of agent", "Kelechi Nwosu"),
            ("Distances are long, transaction sizes", "Kelechi Nwosu"),
        ],
    ),
    (
        """Tausi Mobile slashes wallet fees in bid to take on market leader

By WANJIKU KARIUKI

Tausi Mobile has scrapped charges on mobile money transfers below Sh500 and cut fees on larger amounts by up to 40 percent, in the most aggressive pricing move yet against market leader Savanna Telecom.

The new tariffs, which take effect on Monday, apply to person-to-person transfers and withdrawals at Tausi agents. Tausi chief executive Peter Odhiambo Were said the firm was prepared to absorb thinner margins for at least two years to grow its customer base.

"We are not doing this to be generous. We are doing this because Kenyans deserve a choice," Mr Were told the Business Daily in an interview at the company's Westlands headquarters.

"For too long, the pricing in this market has been set by one player and everybody else has followed. That ends this week."

Tausi has about 6.3 million active wallet users against Savanna's 31 million, according to the latest sector statistics from the Communications and Digital Authority (CDA). Savanna's SavaPesa platform handles more than 90 percent of the value of mobile money transactions in the country.

Savanna said it welcomed competition but did not say whether it would adjust its own tariffs. "Our customers choose SavaPesa for reliability, reach and the trust built over fifteen years," the company said in a statement.

Analysts cautioned that price cuts alone were unlikely to shift customer loyalty in a market where wallets are tied to salaries, savings groups and merchant payments.

"Kenyans don't switch wallets because of a Sh10 difference. They switch when their employer, their chama and their landlord are on the same network," said Faith Chebet, head of research at Nairobi-based Umoja Capital.

Ms Chebet said Tausi would need to sign up large numbers of small merchants, including matatu operators and market traders, for the pricing strategy to pay off. "The fee cut is a good headline, but the real battle is merchant acceptance," she said.

The CDA has in the past flagged concerns over market dominance. In a 2023 competition study, the regulator described the mobile money market as "highly concentrated" and recommended measures to make it easier for customers to send money across networks.

Tausi has also written to the Central Bank of Kenya seeking approval for a savings and overdraft product linked to its wallet, Mr Were said. He expects a decision before the end of the year.

He declined to disclose how much the fee cuts would cost the company in lost revenue, saying only that the board had "signed off on a multi-year plan" and that Tausi's parent company in Dubai remained committed to the Kenyan market.
""",
        [
            ("We are not doing this", "Peter Odhiambo Were"),
            ("For too long, the pricing", "Peter Odhiambo Were"),
            ("Our customers choose SavaPesa for", "Savanna Telecom"),
            ("Kenyans don't switch wallets because", "Faith Chebet"),
            ("The fee cut is a", "Faith Chebet"),
            ("highly concentrated", "Communications and Digital Authority"),
            ("signed off on a multi-year", "Peter Odhiambo Were"),
        ],
    ),
    (
        """Spectrum plan a ‘gift to the big two’, says Lumen Networks CEO

By Nicola Botha

The Communications Regulatory Authority of South Africa’s draft plan to reassign the 3.5GHz band would entrench the dominance of the country’s two largest mobile operators and leave rural subscribers with worse coverage, according to Lumen Networks CEO Sizwe Mahlangu.

Speaking to TechCentral on Tuesday, Mahlangu said the proposed lot sizes were “designed for operators with R20-billion balance sheets” and would effectively shut out challengers such as Lumen, which serves about 2.1 million customers, mainly in Limpopo, Mpumalanga and the Eastern Cape.

“If you carve the band into 100MHz blocks and auction them with a reserve price like this, you already know who is going to win,” he said. “It’s a gift to the big two, and the people who pay for it are in Giyani and Mthatha, not Sandton.”

Crasa published the draft in the Government Gazette last month and has given the industry until 30 May to comment. The regulator said in the gazette notice that the plan aimed to “promote efficient use of spectrum and accelerate 5G deployment”.

Crasa spokesman Lwazi Nkosi said the authority would consider all submissions. “Nothing in the draft is final. We have built in a full public hearing process precisely so that smaller licensees can be heard,” Nkosi said.

Vantage Mobile, the larger of the two incumbents, backed the plan. In a written response to questions, the company said large contiguous blocks were “essential for delivering the speeds South Africans expect from 5G”.

Mahlangu wants Crasa to set aside at least 40MHz for operators with fewer than five million subscribers, and to attach rural coverage obligations to the biggest lots. Lumen will make its formal submission next week, he said.

Industry analyst Refilwe Sithole of Johannesburg-based consultancy Tshimologo Advisory said set-asides had worked in other markets but warned they could backfire.

“Set-asides sound good on paper, but if the smaller players can’t fund the network build, the spectrum just sits there,” Sithole said. “We saw that with the 2.6GHz assignments a decade ago.”

She said a compromise – smaller lots with a use-it-or-lose-it clause – was the most likely outcome, but that it could delay the auction into next year.

The Rural Connectivity Forum, which represents about 90 small internet service providers, said it would make a joint submission with Lumen. Its chair, Johan Pretorius, said the group’s members were “tired of being an afterthought in spectrum policy”.
""",
        [
            ("gift to the big two", "Sizwe Mahlangu"),
            ("designed for operators with R20-billion", "Sizwe Mahlangu"),
            ("If you carve the band", "Sizwe Mahlangu"),
            ("It’s a gift to the", "Sizwe Mahlangu"),
            ("promote efficient use of spectrum", "Communications Regulatory Authority of South Africa"),
            ("Nothing in the draft is", "Lwazi Nkosi"),
            ("essential for delivering the speeds", "Vantage Mobile"),
            ("Set-asides sound good on paper,", "Refilwe Sithole"),
            ("We saw that with the", "Refilwe Sithole"),
            ("tired of being an afterthought", "Johan Pretorius"),
        ],
    ),
    (
        """Telcos seek 60% tariff hike as diesel, forex costs bite

By Ifeanyi Okonkwo, Abuja

Telecommunications operators under the aegis of the Telecom Operators Forum of Nigeria (TOFON) have asked the Nigerian Telecommunications Regulatory Commission (NTRC) to approve an upward review of call and data tariffs by up to 60 per cent, citing the soaring cost of diesel and the depreciation of the naira.

Chairman of the forum, Engr. Babatunde Ogunleye, told reporters in Abuja on Thursday that operators could no longer sustain current prices, which he said had not been reviewed since 2013.

"Our members are bleeding. We buy diesel at market price, we pay for equipment in dollars, but we are still selling at 2013 prices in naira," Ogunleye said.

He added: "If nothing is done in the next six months, you will see sites being shut down across the country, especially in rural areas where the economics are already marginal."

According to him, the industry spends an estimated ₦1.4 trillion annually on diesel to power about 36,000 base stations, many of which are not connected to the national grid.

The NTRC, in a statement on Thursday evening, said it had received the request and was "reviewing it in line with its mandate to protect both consumers and the sustainability of the industry."

"The Commission will not approve any adjustment that places an unfair burden on subscribers," the statement added.

Consumer groups reacted angrily to the proposal. The President, Association of Mobile Subscribers of Nigeria, Mr. Chinedu Okafor, described it as "insensitive" and "ill-timed".

"Nigerians are already battling with inflation, fuel prices and food prices. Now the telcos want to add another burden. We will resist it," Okafor said in a telephone interview.

A senior executive at one of the four major operators, who spoke on condition of anonymity because talks with the regulator were ongoing, said the industry would accept a phased increase.

"Nobody expects 60 per cent in one go. But we need a signal that the regulator understands what is happening to our costs," the executive said.

Ogunleye also called on the Federal Government to designate telecoms infrastructure as critical national infrastructure, saying vandalism and fibre cuts were adding billions of naira to operators' costs every year.

"Every week, fibre is cut by road construction, generators are stolen, and sites are vandalised. This is not sustainable," he said.

Industry data show that Nigeria has about 220 million active mobile lines, with voice revenues declining as subscribers shift to data and over-the-top messaging services.
""",
        [
            ("Our members are bleeding.", "Babatunde Ogunleye"),
            ("If nothing is done in", "Babatunde Ogunleye"),
            ("reviewing it in line with", "Nigerian Telecommunications Regulatory Commission"),
            ("The Commission will not approve", "Nigerian Telecommunications Regulatory Commission"),
            ("insensitive", "Chinedu Okafor"),
            ("ill-timed", "Chinedu Okafor"),
            ("Nigerians are already battling with", "Chinedu Okafor"),
            ("Nobody expects 60 per cent", "senior executive at one of the four major operators"),
            ("Every week, fibre is cut", "Babatunde Ogunleye"),
        ],
    ),
    (
        """Nairobi agritech start-up Shamba Link shuts down, lays off 140 staff

BY BRIAN OTIENO

Nairobi-based agritech start-up Shamba Link has shut down operations and laid off its 140 employees, barely 18 months after raising Sh1.9 billion from foreign investors, in the latest sign of a funding squeeze hitting Kenya's technology sector.

In an email to staff seen by the Nation on Wednesday, co-founder and chief executive Grace Wambui Njoroge said the company had failed to secure fresh capital to keep running.

"This is the hardest message I have ever had to write," Ms Njoroge said in the email. "Despite months of conversations with existing and new investors, we have not been able to close the bridge round we needed.

"I want to be clear that this is not a reflection of your work. You built something farmers loved."

Shamba Link, founded in 2019, connected smallholder farmers in Nyeri, Meru and Kirinyaga with buyers in Nairobi, handling collection, cold storage and delivery. On its website, the firm said it had served "more than 85,000 farmers across 11 counties".

Former employees said the closure came without warning. One former sales manager, who asked not to be named for fear of losing severance pay, said staff had not been paid for February.

"We were told in January that everything was fine and the money was coming. Then on Monday the laptops were collected," the former manager said.

Ms Njoroge said in the email that outstanding salaries would be paid "from the proceeds of asset sales", including the company's fleet of refrigerated trucks and its warehouse in Ruiru.

The closure follows a string of shutdowns and layoffs at Kenyan start-ups over the past year. Data from Nairobi-based research firm Baobab Data show that venture funding to Kenyan start-ups fell 37 percent last year.

"The era of growth at all costs is over," said Daniel Kiprono Rotich, a partner at early-stage fund Mara Seed Partners. "Investors now want to see a clear path to profitability before they write the second cheque, and a lot of founders raised in 2021 on assumptions that no longer hold."

Mr Rotich said agritech was particularly exposed because of thin margins and the high cost of handling perishable produce. "You are moving tomatoes, not software. Every mistake costs you real money," he said.

The Kenya Startup Association said in a statement it was "deeply concerned" about the wave of closures and urged the government to fast-track tax incentives for early-stage companies.

Shamba Link's lead investor, Netherlands-based Polder Impact Fund, did not respond to requests for comment by the time of going to press.
""",
        [
            ("This is the hardest message", "Grace Wambui Njoroge"),
            ("Despite months of conversations with", "Grace Wambui Njoroge"),
            ("I want to be clear", "Grace Wambui Njoroge"),
            ("more than 85,000 farmers across", "Shamba Link"),
            ("We were told in January", "former sales manager"),
            ("from the proceeds of asset", "Grace Wambui Njoroge"),
            ("The era of growth at", "Daniel Kiprono Rotich"),
            ("Investors now want to see", "Daniel Kiprono Rotich"),
            ("You are moving tomatoes, not", "Daniel Kiprono Rotich"),
            ("deeply concerned", "Kenya Startup Association"),
        ],
    ),
    (
        """Soweto-born fintech Kasi Pay wins full banking licence

JOHANNESBURG – Kasi Pay, a fintech that began as a payments app for spaza shop owners in Soweto, has been granted a full banking licence, making it the first township-founded company to join South Africa’s tightly regulated banking sector.

The Prudential Authority confirmed the licence on Monday. In a brief notice, it said Kasi Pay had met ‘all the requirements of the Banks Act’ and would be allowed to begin taking deposits within six months.

Founder and chief executive Lerato Molefe-Khumalo said the licence would allow the company to offer savings accounts and working-capital loans to the 48,000 informal traders who use its card machines and app.

‘When we started in 2017, the banks would not even open an account for a spaza owner without three months of payslips,’ she said in an interview at the company’s offices in Braamfontein. ‘Now we are the bank.’

Molefe-Khumalo, a former auditor, argues that Kasi Pay’s data on traders’ daily takings gives it an edge over traditional lenders. ‘We can see that Gogo Dudu sells R3,000 of airtime and bread every day. A big bank sees someone with no credit record,’ she said.

The company plans to raise about R600 million over the next year to meet capital requirements and fund expansion into KwaZulu-Natal and the Eastern Cape. A person familiar with the matter, who asked not to be identified because the talks are private, said local and foreign investors had been ‘queuing up’ since the licence decision.

Not everyone is convinced. Several small banks licensed in the past decade have struggled to reach scale, and two have been absorbed by larger rivals.

Nomvula Dube, a banking analyst at Cape Town-based Fynbos Capital, said the cost of compliance would weigh heavily on Kasi Pay’s margins.

‘Getting the licence is the easy part,’ Dube said. ‘The capital requirements, the reporting, the anti-money-laundering systems – that is where small banks discover what it actually costs to be a bank.’

She added that lending to informal traders carried risks that transaction data alone might not capture, particularly during periods of load-shedding or taxi strikes, when township trade can collapse overnight.

The Association of Emerging Banks of South Africa welcomed the decision, saying in a statement that it ‘demonstrates that the door to the sector is open to new entrants’.

Molefe-Khumalo said she was aware of the risks and that the bank would grow its loan book slowly in its first two years.

‘We’re not trying to be a big bank,’ she said. ‘We’re trying to be the bank for people the big banks never wanted.’
""",
        [
            ("all the requirements of the", "Prudential Authority"),
            ("When we started in 2017,", "Lerato Molefe-Khumalo"),
            ("Now we are the bank.", "Lerato Molefe-Khumalo"),
            ("We can see that Gogo", "Lerato Molefe-Khumalo"),
            ("queuing up", "person familiar with the matter"),
            ("Getting the licence is the", "Nomvula Dube"),
            ("The capital requirements, the reporting,", "Nomvula Dube"),
            ("demonstrates that the door to", "Association of Emerging Banks of South Africa"),
            ("We’re not trying to be", "Lerato Molefe-Khumalo"),
            ("We’re trying to be the", "Lerato Molefe-Khumalo"),
        ],
    ),
    (
        """Nigeria's central bank halts new sign-ups at Sahelcom's mobile money arm

LAGOS, March 12 (Reuters) - Nigeria's central bank has ordered SahelPay, the payment service bank owned by telecoms operator Sahelcom Nigeria, to stop onboarding new customers pending an audit of its know-your-customer processes, the company said on Wednesday.

In a filing to the Nigerian Exchange, Sahelcom Nigeria said the directive was received on Tuesday and that existing customers "will continue to enjoy uninterrupted services."

"We are working closely with the regulator to address the observations raised and expect a prompt resolution," the company said.

The Central Bank of Nigeria did not respond to a request for comment. Two sources at the bank told Reuters the order followed a review that found thousands of wallets had been opened without verified national identity numbers.

"It is not a punitive measure. It is about cleaning up the data before the numbers get any bigger," one of the sources said, speaking on condition of anonymity because they were not authorised to speak to the media.

SahelPay, launched in 2022, has about 9 million registered wallets and more than 300,000 agents, according to company figures, making it one of the fastest-growing mobile money services in Africa's most populous nation.

Shares in Sahelcom Nigeria fell 3.2% in Lagos trading on Wednesday, their biggest one-day drop in two months.

"The market is reading this as a short-term hit, but the bigger question is whether the regulator is signalling a tougher stance on telco-led fintechs generally," said Oluwaseun Bamidele, head of equity research at Lagos-based Harbourgate Securities.

Telecoms operators were allowed to set up payment service banks in 2019 as part of a central bank drive to bring more of Nigeria's adult population into the formal financial system. Banks had long resisted their entry, arguing that telecoms firms would have an unfair advantage because of their vast subscriber bases.

The payment service banks are barred from lending and from foreign exchange transactions, but can accept deposits and run agent networks.

Sahelcom chief executive Emeka Obi-Lawson told analysts on an earnings call in February that SahelPay was "on track to become a top-three payments business in Nigeria by 2027" and would contribute about a tenth of group revenue within three years.

The suspension is the second regulatory setback for Sahelcom this year, after the telecoms regulator fined it 1.5 billion naira in January over unregistered SIM cards.

(Reporting by Adaeze Nwachukwu; Editing by Peter Hollis)
""",
        [
            ("will continue to enjoy uninterrupted", "Sahelcom Nigeria"),
            ("We are working closely with", "Sahelcom Nigeria"),
            ("It is not a punitive", "source at the bank"),
            ("The market is reading this", "Oluwaseun Bamidele"),
            ("on track to become a", "Emeka Obi-Lawson"),
        ],
    ),
    (
        """CBK revokes licences of 14 digital lenders over debt-shaming

By JOSEPH KAMAU MUTISO

The Central Bank of Kenya (CBK) has revoked the licences of 14 digital credit providers following complaints that they harassed borrowers and shared their personal information with relatives, employers and church leaders.

In a notice published on Friday, the regulator said the lenders had engaged in "unethical debt collection practices, including the use of threats and public shaming" and had failed to protect customer data.

Speaking at a banking forum in Mombasa on the same day, Esther Nyambura Kamau, the CBK's director of bank supervision, put it bluntly: "If your business model depends on calling a borrower's mother and telling her that her son is a thief, you do not have a business model."

Among those affected is Haraka Mkopo, one of the most downloaded lending apps in the country, with more than two million users. Its parent firm, Kilele Digital Finance, said it would appeal against the decision.

"We have always complied with the regulations and will be seeking a review of this decision through the proper channels," the firm said in a statement.

Borrowers welcomed the crackdown. Mercy Achieng, a hairdresser in Kisumu, said one lender sent messages to everyone in her phonebook after she fell two weeks behind on a Sh3,000 loan.

"My pastor received a message saying I was a fraud. I was so ashamed I stopped going to church for a month," she said.

The CBK took over regulation of digital lenders in 2022 after years of public outcry over predatory interest rates and abusive recovery tactics. It has since licensed 126 firms out of more than 700 applications.

The Digital Credit Providers Association (DCPA) said it supported action against "rogue players" but warned that an overly harsh approach could choke access to credit for small businesses.

"What we don't want is a situation where legitimate lenders exit and borrowers go back to shylocks," said DCPA chairman Samuel Mutua Kioko. "Access to credit for small traders has been one of the real success stories of the past decade."

Mr Kioko said the association had developed its own code of conduct and was ready to work with the regulator on enforcement.

Ms Kamau said further revocations were possible: "We are reviewing another batch of applications and complaints. This is not a one-off."

The affected lenders have 30 days to wind down operations, and borrowers remain obliged to repay outstanding loans, the CBK said.
""",
        [
            ("unethical debt collection practices, including", "Central Bank of Kenya"),
            ("If your business model depends", "Esther Nyambura Kamau"),
            ("We have always complied with", "Kilele Digital Finance"),
            ("My pastor received a message", "Mercy Achieng"),
            ("rogue players", "Digital Credit Providers Association"),
            ("What we don't want is", "Samuel Mutua Kioko"),
            ("Access to credit for small", "Samuel Mutua Kioko"),
            ("We are reviewing another batch", "Esther Nyambura Kamau"),
        ],
    ),
]
