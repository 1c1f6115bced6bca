CASES = [
    (
        """Nigeria sets $273.6 million reserve for 3.5 GHz spectrum lots; operators balk

By Chinedu Okafor

ABUJA, Feb 12 (Reuters) - Nigeria's telecoms regulator will auction two lots of 3.5 gigahertz (GHz) spectrum in April at a reserve price of $273.6 million per lot, it said on Wednesday, a level mobile operators said could slow the rollout of fifth-generation (5G) services in Africa's most populous country.

The National Communications Regulatory Bureau (NCRB) said in a statement that the auction would be open to any licensed operator with a clean regulatory record and would be conducted electronically over a maximum of five days.

"The reserve price reflects the value of the spectrum over a 10-year licence term and is in line with what comparable markets have achieved," the bureau said.

Operators, still reeling from a currency devaluation that has more than doubled the naira cost of dollar-denominated network equipment, pushed back.

"We are being asked to pay in dollars for spectrum while our revenues are in naira," said Adaeze Nwankwo, chief executive of Lumen Mobile Nigeria, the country's third-largest operator by subscribers. "At this price, something has to give, and it will be the pace of the rollout."

Nwankwo told Reuters that Lumen would still take part in the auction but had not decided whether to bid for one or both lots.

The Mobile Operators Forum of Nigeria (MOFN), an industry group, said its members had asked the regulator to allow payment in instalments or partly in local currency.

"We have made our position clear. Nobody is asking for a giveaway," Bashir Lawal, the forum's executive secretary, said by phone. "We are asking for a price that allows the money to go into base stations rather than into a licence fee."

An NCRB official, who asked not to be named because he was not authorised to speak to the media, said the regulator was "open to discussing payment terms" but would not lower the reserve.

Nigeria's first 5G auction in 2021 raised $547 million from two winners. Only a fraction of the country's roughly 220 million mobile subscriptions are on 5G, with coverage largely confined to parts of Lagos, Abuja and a handful of other cities.

Analysts said demand at the April sale would depend largely on whether the central bank can stabilise the naira.

"If the naira settles, you could see three bidders. If it doesn't, you might see one," said Folake Adeyemi, telecoms analyst at Lagos-based Crestline Securities.

(Reporting by Chinedu Okafor; Editing by Mark Hollis)""",
        [
            ("The reserve price reflects the", "National Communications Regulatory Bureau"),
            ("We are being asked to", "Adaeze Nwankwo"),
            ("At this price, something has", "Adaeze Nwankwo"),
            ("We have made our position", "Bashir Lawal"),
            ("We are asking for a", "Bashir Lawal"),
            ("open to discussing payment terms", "NCRB official"),
            ("If the naira settles, you", "Folake Adeyemi"),
        ],
    ),
    (
        """Fibre firms blame county levies for slow rural rollout

BY JAMES MWANGI

Internet service providers say punitive wayleave charges imposed by county governments are holding back the extension of fibre-optic cables into rural Kenya, raising the cost of connecting homes and small businesses by as much as 40 percent.

Operators told the Business Daily that some counties are charging up to Sh500,000 per kilometre for permission to lay cables along roads, on top of annual renewal fees that in some cases exceed the original charge.

"We have counties where the wayleave fee is more than what it costs us to actually dig the trench and lay the cable," said Wanjiru Kamau, managing director of Savanna Fibre Networks, which operates about 9,000 kilometres of fibre across 31 counties.

"In some cases we have simply stopped. You cannot build a business case when every kilometre you lay becomes a tax liability for the next ten years."

Ms Kamau said the firm had shelved plans to reach 400 market centres in the Rift Valley this year, including Kapsoit, Chemamul and Sotik town, where it had already signed up anchor customers.

The Kenya Internet Providers Association (KIPA) says the charges vary widely, with some counties levying nothing and others treating cable routes as a revenue line. KIPA chairman Omondi Achieng put it bluntly: "If you want rural broadband, stop taxing the cable."

ICT Cabinet Secretary Esther Chelimo said the ministry was working with the Council of Governors on a uniform fee structure that would be anchored in law.

"Connectivity is a national infrastructure question. We cannot have 47 different pricing regimes for the same cable," Ms Chelimo told a forum in Nairobi on Tuesday.

Counties, however, defended the fees. Kipchumba Rotich, the county executive committee member for roads and public works in Bomet, said the charges compensated counties for damage to roads and drainage.

"Every time these companies dig, they leave behind trenches that we have to repair with our own money," he said. "They want the roads for free and then they charge our people for internet."

The Communications Authority of Kenya said in a response to queries that it had "no mandate over county levies" but supported efforts to harmonise the charges.

Fixed broadband subscriptions in the country stood at 1.4 million at the end of December, up 11 percent from a year earlier, according to the authority's latest quarterly statistics, with the bulk of the connections concentrated in Nairobi, Mombasa and Kisumu.""",
        [
            ("We have counties where the", "Wanjiru Kamau"),
            ("In some cases we have", "Wanjiru Kamau"),
            ("If you want rural broadband,", "Omondi Achieng"),
            ("Connectivity is a national infrastructure", "Esther Chelimo"),
            ("Every time these companies dig,", "Kipchumba Rotich"),
            ("They want the roads for", "Kipchumba Rotich"),
            ("no mandate over county levies", "Communications Authority of Kenya"),
        ],
    ),
    (
        """Vukani Mobile heads to court over spectrum auction rules

By Lindiwe Pillay

Vukani Mobile has filed an urgent application in the high court in Pretoria to set aside parts of the regulations governing next year’s auction of high-demand spectrum, arguing that they favour the country’s two biggest operators.

The smaller operator, which has about 6.2 million subscribers, says in its founding affidavit that the reserve prices and a cap on the amount of spectrum each bidder may acquire were drawn up without regard to the “realities of a challenger network”.

“We are not trying to stop the auction. We want the auction to happen, but we want it to happen on rules that do not lock in a duopoly for the next 20 years,” Vukani CEO Thabo Mahlangu told TechCentral on Monday.

Mahlangu said the company had raised its concerns repeatedly during the consultation process. “We made three written submissions and appeared at the public hearings. None of our substantive points was addressed in the final regulations,” he said.

The Communications Regulatory Authority of South Africa (Crasa) said it would oppose the application.

“The authority followed a transparent and extensive consultation process, and it is confident that the regulations will withstand judicial scrutiny,” a Crasa spokesman said in an e-mailed response to questions.

The auction, which will offer spectrum in the 700MHz, 2.6GHz and 3.5GHz bands, has already been postponed twice. Communications minister Nomvula Dlamini said last week she was “concerned about any further delays” to a process that government hopes will raise at least R9-billion for the fiscus.

Analysts are divided on Vukani’s chances. Pieter Fourie, an analyst at Cape Town-based research firm Meridian Insight, called the legal challenge “a high-risk strategy that could backfire”.

“If Vukani loses, it will have spent money and goodwill and it will still have to bid under the same rules. If it wins, everyone waits another year for spectrum,” Fourie said.

Others see it as a negotiating tactic. Vukani has in the past used litigation to win concessions on interconnection rates, and some in the industry expect it to settle if Crasa agrees to adjust the spectrum caps.

A spokeswoman for Imvula Telecom, the country’s largest operator by revenue, said the company “will abide by whatever process the regulator runs” and declined to comment further. Its closest rival, Sizwe Networks, did not respond to a request for comment.

The matter is expected to be heard in the second week of next month.""",
        [
            ("realities of a challenger network", "Vukani Mobile"),
            ("We are not trying to", "Thabo Mahlangu"),
            ("We made three written submissions", "Thabo Mahlangu"),
            ("The authority followed a transparent", "spokesman"),
            ("concerned about any further delays", "Nomvula Dlamini"),
            ("a high-risk strategy that could", "Pieter Fourie"),
            ("If Vukani loses, it will", "Pieter Fourie"),
            ("will abide by whatever process", "spokeswoman"),
        ],
    ),
    (
        """Spectrum auction ends on day two with tepid ₹11,340-crore bids; 'no appetite for mmWave'

Our Bureau

New Delhi: The government's auction of airwaves for mobile services concluded on Wednesday, its second day, after seven rounds of bidding that drew commitments worth ₹11,340 crore, well short of the ₹96,000 crore worth of spectrum put on the block.

Three private operators took part. Trinetra Infocomm emerged as the largest buyer, picking up airwaves worth ₹6,850 crore, mainly in the 900 MHz and 1800 MHz bands, according to provisional results published by the telecom department.

Union communications minister Arvind Deshmukh said the outcome was "in line with expectations".

"The operators have bought what they needed to renew expiring licences and fill gaps in their networks. This was never going to be a bumper auction," Deshmukh told reporters after the bidding closed.

None of the operators bid for the 26 GHz millimetre-wave band or the 600 MHz band, which together accounted for more than half of the value of the spectrum on offer.

"There is simply no appetite for mmWave right now," said Ritika Sharma, partner at Kesari Advisory. "Operators bought a lot of 26 GHz in 2022 and most of it is still sitting idle. Why would anyone buy more?"

In a statement, Trinetra said the spectrum acquired would "strengthen coverage and indoor experience" for its customers in 14 circles, including Uttar Pradesh East, Bihar and Rajasthan.

Sahyadri Mobile, the cash-strapped third operator, spent just ₹350 crore, all of it on renewing holdings in two circles where its licences expire next year. The company's chief executive, Vikram Nair, had said on an earnings call last month that Sahyadri would "prioritise capex over spectrum" until it completes its ongoing fund-raise.

A senior official in the telecom department said the government was "not worried" about the low uptake.

"Spectrum is not going anywhere. It will be put up again in the next round, and by then 5G monetisation may look very different," the official said, requesting anonymity.

The government had budgeted about ₹12,000 crore in spectrum receipts for the current fiscal year. Since winning operators can pay in instalments spread over 20 years, the upfront payment due to the exchequer this year will be around ₹1,900 crore, analysts estimate.

Shares of Trinetra Infocomm closed 1.2% higher on the BSE on Wednesday, while Sahyadri Mobile fell 3.4%.""",
        [
            ("no appetite for mmWave", "Ritika Sharma"),
            ("in line with expectations", "Arvind Deshmukh"),
            ("The operators have bought what", "Arvind Deshmukh"),
            ("There is simply no appetite", "Ritika Sharma"),
            ("Operators bought a lot of", "Ritika Sharma"),
            ("strengthen coverage and indoor experience", "Trinetra Infocomm"),
            ("prioritise capex over spectrum", "Vikram Nair"),
            ("not worried", "senior official in the telecom department"),
            ("Spectrum is not going anywhere.", "senior official in the telecom department"),
        ],
    ),
    (
        """Govt defers 5G auction again as operators seek tax relief

Khurram Abbasi

ISLAMABAD: The government has once again postponed the auction of spectrum for fifth-generation (5G) mobile services, this time to the next fiscal year, citing pending litigation and cellular operators' demands for relief on taxes and dollar-linked payments.

The Ministry of Information Technology and Telecommunication said in a statement on Thursday that the auction, which had been scheduled for next month, would now be held "after the resolution of pending legal matters and consultation with stakeholders".

It is the third deferment since the auction was first announced.

Minister of State for IT Sadia Rehman told reporters outside Parliament House that the government did not want to hold an auction in which operators were unable to participate meaningfully.

"We don't want an auction where only one player bids. That helps nobody — not the government, not the operators and not the consumer," she said.

Ms Rehman said the ministry had asked the Federal Board of Revenue to examine the operators' request for a reduction in withholding tax on mobile services, but she declined to give a timeline.

Two of the three mobile operators have written to the ministry arguing that the industry cannot afford fresh spectrum while it is still paying instalments on licences renewed at dollar-denominated prices.

Farhan Qureshi, chief executive of Zarya Mobile, summed up the industry's position at a conference in Karachi last week: "Our average revenue per user is among the lowest in the world, and it has fallen in dollar terms every year for five years.

"You cannot ask an industry in that position to pay Latin American prices for spectrum and then ask why the rollout is slow."

Indus Connect, the largest operator by subscribers, said in a separate statement that it welcomed the decision and remained "committed to bringing 5G to Pakistan on a sustainable basis".

An official of the Frequency Allocation Board, which is overseeing the process, said the delay also reflected a case pending before the Islamabad High Court over spectrum held by a now-defunct operator.

"Until the court decides, we cannot even say with certainty how much spectrum we have to sell," the official said, requesting anonymity.

Mobile broadband subscriptions in the country crossed 135 million in December, according to official data, but average download speeds remain among the slowest in the region, a gap the government had hoped 5G would help close.""",
        [
            ("after the resolution of pending", "Ministry of Information Technology and Telecommunication"),
            ("We don't want an auction", "Sadia Rehman"),
            ("Our average revenue per user", "Farhan Qureshi"),
            ("You cannot ask an industry", "Farhan Qureshi"),
            ("committed to bringing 5G to", "Indus Connect"),
            ("Until the court decides, we", "official of the Frequency Allocation Board"),
        ],
    ),
    (
        """Kijiji Towers completes 1,400-site rural build in Tanzania

By Grace Wambura

Tower company Kijiji Towers finished a three-year programme to build 1,400 rural sites in Tanzania, extending 4G coverage to an estimated 3.1 million people in areas previously without reliable mobile broadband.

In a statement, the company said the sites were powered mainly by solar and battery systems, with diesel generators retained as backup at around a fifth of locations. It added the project had been "delivered on time and within budget", helped by a $95 million loan from the Eastern Africa Infrastructure Fund.

"Rural coverage has always been a question of economics rather than technology," Kijiji CEO Neema Mushi said. "By designing the sites for multiple tenants from day one and cutting diesel out of the equation, we have brought the cost per site down to a level where operators can make it work."

Mushi added the company was in talks to replicate the model in Mozambique and Malawi, though she declined to give a timeline.

Anchor tenant Pwani Mobile has installed equipment on all 1,400 sites, with a second operator present at about 300. Pwani CTO Hamisi Juma said the new sites, concentrated in the Ruvuma, Katavi and Kigoma regions, had already delivered "measurable uplift" in data traffic.

"In some of the districts we are seeing data usage per subscriber double within six months of a site going live," he explained.

The build forms part of a wider push to take coverage beyond the main road corridors in East Africa, where operators have long struggled to justify investment in sparsely populated areas with low spending power.

A report published in March by industry body the African Mobile Connectivity Alliance (AMCA) estimated that around 17 per cent of sub-Saharan Africa's population still lives outside mobile broadband coverage, while a far larger share lives within coverage but does not use mobile internet. The "usage gap", as the report called it, "is now the central challenge for policymakers, not the coverage gap".

Daniel Otieno, senior analyst at research firm Baobab Analytics, cautioned that new masts alone would not bring rural users online.

"Towers are the easy part. Handsets cost $40 or more, and that is a month's income for many rural households," he told Mobile Network Africa. "Unless operators and governments tackle device affordability, a lot of this capacity will sit underused for years."

Kijiji Towers, which is backed by a consortium of development finance institutions, now operates around 4,200 sites across Tanzania and Uganda.""",
        [
            ("delivered on time and within budget", "Kijiji Towers"),
            ("Rural coverage has always been", "Neema Mushi"),
            ("By designing the sites for", "Neema Mushi"),
            ("measurable uplift", "Hamisi Juma"),
            ("In some of the districts", "Hamisi Juma"),
            ("is now the central challenge", "African Mobile Connectivity Alliance"),
            ("Towers are the easy part.", "Daniel Otieno"),
            ("Unless operators and governments tackle", "Daniel Otieno"),
        ],
    ),
    (
        """Sri Lanka regulator floats 700MHz auction as operators push back on pricing

By Tom Ashworth

Sri Lanka’s telecoms regulator has published a consultation on the long-delayed award of 700MHz spectrum, proposing a reserve price that operators have already described as out of step with the country’s post-crisis economy.

The Telecommunications Spectrum Commission of Sri Lanka (TSCSL) is proposing to auction 2x30MHz of the band in six 2x5MHz blocks, with a cap of 2x15MHz per bidder and coverage obligations reaching 90 per cent of the population within five years.

In the consultation paper, the commission says the band is ‘critical to closing the rural connectivity gap in the Northern and Uva provinces’ and that it intends to hold the auction before the end of the year. Responses are due by 30 June.

Ruwan Jayasinghe, group chief executive of Lankatel, the country’s largest operator, said the commission’s objectives were sound but its numbers were not.

‘Everybody agrees the 700MHz band should be out there. Nobody disputes the coverage argument,’ he said. ‘But the reserve price has been benchmarked against markets whose ARPUs are three or four times ours. If the price is set where it’s proposed, the money that should go into rural sites will go to the Treasury instead.’

Serendib Mobile, the second-largest operator, said in a written response to questions that it would ‘participate constructively in the consultation’ and reserved its position on whether to bid.

TSCSL director-general Dilani Perera was unapologetic at the launch event in Colombo: ‘Spectrum is a national asset. We have a duty to get a fair return for it, and we have a duty to make sure it’s used.’

She added that ‘unused spectrum helps nobody’, and said the commission would consider ‘phased payment options’ if operators could make a convincing case for them.

An executive at one of the smaller operators, who asked not to be named, said the 2x15MHz cap effectively handed the band to the two biggest players.

‘We’ll bid for one block, maybe. The rest is already spoken for,’ the executive said.

The 700MHz band has been earmarked for mobile use since the country completed its switchover to digital terrestrial television, but the award was shelved during the 2022 economic crisis, when operators cut capital spending sharply and several international vendors paused shipments.

Sri Lanka has around 29 million mobile connections, but 4G coverage in rural districts remains patchy, and the government has set a target of near-universal mobile broadband coverage by 2030.""",
        [
            ("critical to closing the rural", "Telecommunications Spectrum Commission of Sri Lanka"),
            ("Everybody agrees the 700MHz band", "Ruwan Jayasinghe"),
            ("But the reserve price has", "Ruwan Jayasinghe"),
            ("participate constructively in the consultation", "Serendib Mobile"),
            ("Spectrum is a national asset.", "Dilani Perera"),
            ("unused spectrum helps nobody", "Dilani Perera"),
            ("phased payment options", "Dilani Perera"),
            ("We’ll bid for one block,", "executive at one of the smaller operators"),
        ],
    ),
    (
        """Ghana's Volta Telecom Said to Weigh $400 Million Tower Sale to Fund Fiber Push

By Yaw Mensah-Darko

(Bloomberg) -- Volta Telecom Ltd., Ghana's second-largest mobile operator, is exploring a sale of its roughly 2,600 towers to fund an expansion of its fiber network, according to people familiar with the matter.

The Accra-based company is working with a financial adviser on the potential sale, which could fetch about $400 million, said the people, who asked not to be identified because the deliberations are private. Potential buyers include pan-African tower companies and infrastructure funds, they said.

"They want to be a fiber company that also happens to run a mobile network, not the other way around," one of the people said.

Deliberations are at an early stage and Volta could decide to keep the assets, the people said. A Volta spokeswoman declined to comment on "market speculation" but said the company "continually reviews its asset portfolio to support long-term growth."

Chief Executive Officer Kwame Asante-Boateng said in an interview in February that the company planned to pass 500,000 homes with fiber by 2027, up from about 120,000 now. "Mobile data will keep growing, but the margin is in the fixed line now," he said at the time. "Every home we connect is a customer who is much less likely to leave us."

An investor presentation seen by Bloomberg describes the fiber unit as "the growth engine of the group" and sets out plans to extend the network beyond Accra and Kumasi to secondary cities including Ho and Techiman.

Selling towers has become a common way for African operators to free up capital as they try to keep pace with rising data demand while servicing dollar debt with revenue earned in weakening local currencies.

"Tower sales have become a well-worn path for operators in the region," said Abena Owusu, an analyst at Kente Capital in Accra. "The question is whether buyers will pay a premium for a market where the currency has lost half its value in two years."

Operators typically lease back towers they sell under long-term agreements, an arrangement that would leave Volta's coverage unchanged but add lease costs to its operating expenses, Owusu said.

Ghana's mobile market has about 40 million connections. Volta had about 11 million subscribers at the end of last year, according to data from the industry regulator.""",
        [
            ("They want to be a", "person familiar with the matter"),
            ("market speculation", "spokeswoman"),
            ("continually reviews its asset portfolio", "spokeswoman"),
            ("Mobile data will keep growing,", "Kwame Asante-Boateng"),
            ("Every home we connect is", "Kwame Asante-Boateng"),
            ("the growth engine of the", "Volta Telecom Ltd."),
            ("Tower sales have become a", "Abena Owusu"),
            ("The question is whether buyers", "Abena Owusu"),
        ],
    ),
]
