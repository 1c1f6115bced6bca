CASES = [
    (
        """Falcon Gulf Airways orders 30 wide-body jets in Dh28 billion deal

By Rania Haddad, Senior Reporter

Dubai: Falcon Gulf Airways on Tuesday announced an order for 30 wide-body aircraft worth an estimated Dh28 billion at list prices, as the Abu Dhabi-based carrier pushes ahead with plans to double its network by the end of the decade.

The order, signed on the opening day of the Dubai Airshow, includes firm commitments for 20 aircraft and purchase rights for a further 10, the airline said in a statement.

"This order is a clear signal of our confidence in the long-term growth of travel through the UAE," said Saeed Al Mansouri, group chief executive of Falcon Gulf Airways. "We are building a fleet that will carry us well into the 2040s."

Al Mansouri told reporters at the signing ceremony that the first deliveries were expected in the second half of 2027, with the aircraft to be deployed initially on routes to Southeast Asia and East Africa.

"We have seen demand on those corridors grow faster than anywhere else in our network," he said. "Load factors on our Jakarta and Nairobi services have been above 85 per cent for 18 months."

The carrier, which currently operates 62 aircraft, flew 14.2 million passengers last year, up 11 per cent from the year before.

Industry analysts said the order was in line with expectations. Hamad Al Ketbi, an aviation analyst at Abu Dhabi-based Meridian Capital, said the airline had "little choice but to lock in delivery slots now", given backlogs at manufacturers stretching into the next decade.

"Anyone who waits another two years is looking at 2034 or 2035 before they see an aircraft," Al Ketbi told Gulf News. "The carriers that move early will have the capacity when the market needs it."

According to the airline, the new aircraft will be fitted with a redesigned business class cabin featuring closed-door suites, and will be around 20 per cent more fuel efficient than the jets they replace.

Supply chain delays have weighed on Gulf carriers over the past two years, with several forced to extend leases on older aircraft. Asked whether Falcon Gulf had received guarantees on delivery timelines, Al Mansouri said the airline had "very clear commitments" from the manufacturer, but declined to give details.

A senior executive at a rival Gulf carrier, who asked not to be named because he was not authorised to speak to the media, said the deal would intensify competition on routes into Africa. "Everyone is chasing the same passengers out of Lagos and Addis. Prices will come down," the executive said.

Shares in Falcon Gulf's listed parent, Al Saqr Aviation Holding, rose 2.4 per cent on the Abu Dhabi Securities Exchange following the announcement.""",
        [
            ("This order is a clear", "Saeed Al Mansouri"),
            ("We are building a fleet", "Saeed Al Mansouri"),
            ("We have seen demand on", "Saeed Al Mansouri"),
            ("Load factors on our Jakarta", "Saeed Al Mansouri"),
            ("little choice but to lock", "Hamad Al Ketbi"),
            ("Anyone who waits another two", "Hamad Al Ketbi"),
            ("The carriers that move early", "Hamad Al Ketbi"),
            ("very clear commitments", "Saeed Al Mansouri"),
            ("Everyone is chasing the same", "senior executive at a rival Gulf carrier"),
        ],
    ),
    (
        """Abu Dhabi villa prices climb 14% as off-plan sales hit record

Priya Menon

Villa prices in Abu Dhabi rose 14 per cent in the first quarter compared with the same period last year, as demand from wealthy buyers relocating to the emirate continued to outstrip supply, according to a new report.

Off-plan transactions reached a record Dh9.6 billion during the three months to the end of March, data compiled by property consultancy Hartwell Rowe showed.

“The shortage of ready villa stock is the single biggest factor driving prices,” said Layla Abdulrahman, head of research at Hartwell Rowe Middle East. “Buyers who cannot find a finished home are going off-plan instead, and developers are responding by launching bigger phases.”

The report, titled Abu Dhabi Residential Market Review, found that average villa prices on Saadiyat and Yas islands had risen by more than 20 per cent in a year, while apartment prices in the capital increased by a more moderate 7 per cent.

Ms Abdulrahman said the market had so far shown “no sign of the speculative froth” seen in previous cycles, pointing to the high share of buyers who intended to live in their homes.

“Around two thirds of the purchases we tracked were by end users rather than investors,” she said. “That is a very different profile from 2008 or even 2014.”

Not everyone is convinced the pace of growth can continue. Omar Farouk Siddiqui, managing director of Dubai-based brokerage Crestline Properties, said affordability was becoming a concern for middle-income families.

“We are hearing from a lot of clients who have been priced out of the villa communities they wanted,” he told The National. “Rents are following sale prices up, and salaries are not keeping pace.”

Developers have announced more than 11,000 new homes in the capital since the start of the year. Al Reem Developments, one of the largest, said this week that its latest project on Al Jubail Island had sold out within hours of launch.

“Demand for well-located, master-planned communities remains exceptionally strong,” the company said in a statement to the Abu Dhabi Securities Exchange.

The Department of Municipalities and Transport said the number of registered sales transactions in the emirate rose 31 per cent year on year.

A spokeswoman for the department said new regulations governing escrow accounts for off-plan projects would come into force in July, aimed at “protecting buyers and ensuring projects are delivered on schedule”.

Analysts expect prices to keep rising for the rest of the year, though at a slower rate.

“We think the second half will be calmer,” Ms Abdulrahman said. “But calmer does not mean a correction.”

Hartwell Rowe forecasts villa price growth of between 8 and 10 per cent for the full year, and apartment price growth of about 5 per cent.""",
        [
            ("The shortage of ready villa", "Layla Abdulrahman"),
            ("Buyers who cannot find a", "Layla Abdulrahman"),
            ("no sign of the speculative", "Layla Abdulrahman"),
            ("Around two thirds of the", "Layla Abdulrahman"),
            ("That is a very different", "Layla Abdulrahman"),
            ("We are hearing from a", "Omar Farouk Siddiqui"),
            ("Rents are following sale prices", "Omar Farouk Siddiqui"),
            ("Demand for well-located, master-planned communities", "Al Reem Developments"),
            ("protecting buyers and ensuring projects", "spokeswoman"),
            ("We think the second half", "Layla Abdulrahman"),
            ("But calmer does not mean", "Layla Abdulrahman"),
        ],
    ),
    (
        """Saudi airport operator unveils SR4bn expansion plan to triple capacity

RIYADH: Wadi Airports Company on Sunday unveiled a SR4 billion ($1.07 billion) plan to expand Al-Jouf Gateway Airport, aiming to triple its annual capacity to 6 million passengers by 2030.

The project, announced at a ceremony in Riyadh attended by senior aviation officials, includes a new terminal building, a second runway and a dedicated cargo village, the company said.

Speaking at the event, Wadi Airports CEO Eng. Turki Al-Harbi said the expansion was part of a broader effort to connect the Kingdom's regions directly to international markets.

"For too long, travelers from the north have had to route through Riyadh or Jeddah to go anywhere," Al-Harbi said. "This project changes that. We want a family in Sakaka to be able to fly directly to Cairo, Istanbul or Dubai."

He added that talks were underway with "four or five international carriers" about launching services once the new terminal opens.

The airport handled 1.9 million passengers last year, according to figures from the General Authority of Civil Aviation, up from 1.2 million in 2021.

The expansion will be financed through a mix of government funding and private investment. Al-Harbi told Arab News that the company was in the final stages of selecting a consortium to build and operate the cargo village under a 25-year concession.

"We have received strong interest from local and international players," he said. "The cargo element is important because the region is becoming a center for agriculture and mining, and those industries need to move goods quickly."

Dr. Nouf Al-Qahtani, a transport economist at the Riyadh-based Institute for Regional Development Studies, said regional airports had historically struggled to attract foreign airlines without government support.

"The infrastructure is only half the story," she said. "Airlines go where the demand is, and they need to see that the traffic will be there year-round, not just during the holidays."

She said incentive schemes, such as reduced landing fees for new routes, would be "essential" in the early years.

A statement from Wadi Airports said construction on the new terminal would begin in the first quarter of next year, with the first phase due to open in 2028.

"The design draws on the heritage and landscape of the northern region, while meeting the highest international standards for passenger experience and sustainability," the statement said.

The company operates seven regional airports across the Kingdom and was formed in 2022 as part of the government's program to transfer the management of airports to specialized operators.""",
        [
            ("For too long, travelers from", "Turki Al-Harbi"),
            ("This project changes that.", "Turki Al-Harbi"),
            ("four or five international carriers", "Turki Al-Harbi"),
            ("We have received strong interest", "Turki Al-Harbi"),
            ("The cargo element is important", "Turki Al-Harbi"),
            ("The infrastructure is only half", "Nouf Al-Qahtani"),
            ("Airlines go where the demand", "Nouf Al-Qahtani"),
            ("essential", "Nouf Al-Qahtani"),
            ("The design draws on the", "Wadi Airports Company"),
        ],
    ),
    (
        """Dhow Bay Holding posts 18% rise in net profit, proposes 30% cash dividend

By Arun Nair
Business Reporter

Dhow Bay Holding, one of Qatar's largest listed real estate and hospitality groups, reported a net profit of QR842mn for the year ended December 31, up 18% from QR713mn a year earlier.

The board has recommended a cash dividend of 30% of the nominal share value, subject to approval at the general assembly meeting scheduled for March, the company said in a filing on the Qatar Stock Exchange.

Revenue rose 12% to QR3.1bn, driven by higher occupancy at the group's hotels in Doha and a strong performance by its residential leasing portfolio in Lusail and West Bay.

"The past year was one of solid, disciplined growth for the group," said chairman Abdulaziz Rashid al-Muhannadi. "We delivered on our strategy of recycling capital from mature assets into new developments, while maintaining a conservative balance sheet."

Al-Muhannadi said the group would continue to focus on "high-quality, income-generating assets" in the coming years.

Group chief executive Hessa Yousef al-Kuwari told a press conference in Doha that hotel occupancy across the group's seven properties averaged 76% during the year, compared with 68% in the previous year.

"The tourism sector in Qatar has moved well beyond the events calendar," she said. "We are seeing steady leisure demand from the GCC and from new source markets in Asia, and business travel has fully recovered.

"Our priority for the coming year is to complete the Al Wakra waterfront project on time and to start leasing the retail component by the fourth quarter."

She said the group's loan-to-value ratio stood at 28%, a level she described as "comfortable", and that it had refinanced QR1.2bn of debt on improved terms during the second half.

An analyst at a Doha-based brokerage, who declined to be named, said the results were slightly ahead of market consensus. "The dividend is the headline for retail investors. Thirty percent is generous given the capex pipeline," the analyst said.

Shares of Dhow Bay closed 1.6% higher at QR4.21 on Sunday, giving the company a market value of about QR11.9bn.

The company also said it had signed a memorandum of understanding with a Turkish contractor to jointly bid for residential and mixed-use projects in Qatar and Oman.

"The partnership will bring specialised expertise in sustainable construction and modular building techniques to our development pipeline," according to the filing.

Dhow Bay's board also approved the appointment of a new chief financial officer, effective April 1.""",
        [
            ("The past year was one", "Abdulaziz Rashid al-Muhannadi"),
            ("We delivered on our strategy", "Abdulaziz Rashid al-Muhannadi"),
            ("high-quality, income-generating assets", "Abdulaziz Rashid al-Muhannadi"),
            ("The tourism sector in Qatar", "Hessa Yousef al-Kuwari"),
            ("We are seeing steady leisure", "Hessa Yousef al-Kuwari"),
            ("Our priority for the coming", "Hessa Yousef al-Kuwari"),
            ("comfortable", "Hessa Yousef al-Kuwari"),
            ("The dividend is the headline", "analyst at a Doha-based brokerage"),
            ("The partnership will bring specialised", "Dhow Bay Holding"),
        ],
    ),
    (
        """'We have no choice but to move': Al Sidra Heights tenants face steep rent increases

by Nasreen Qureshi

Dubai: Tenants in Al Sidra Heights, one of Dubai's fastest-growing mid-market communities, say they are being hit with rent increases of up to 20 per cent as their leases come up for renewal, with some families now considering a move to Sharjah or the northern emirates.

Khaleej Times spoke to more than a dozen residents of the community, where a two-bedroom apartment that rented for Dh85,000 two years ago is now being advertised for as much as Dh115,000.

Ramesh Pillai, an Indian expat who has lived in the community with his wife and two children since 2021, said his landlord had informed him of a Dh14,000 increase last month.

"I checked the rental index and the increase is within what is allowed, so legally there is nothing I can do," said Pillai, who works as an accountant in Deira. "But my salary has not gone up by 16 per cent. We have no choice but to move."

Another resident, a Jordanian schoolteacher who asked to be identified only as Hala, said she had been looking at flats in Sharjah for weeks.

"The commute will be longer, maybe an hour each way, but the savings are too big to ignore," she said.

Under the emirate's rules, landlords may raise rents at renewal only if the current rent is below the average for similar properties as set out in the official rental index, and must give tenants 90 days' notice.

Property consultant Faisal Jaber, founder of Sandgate Realty, said the increases reflected the pace at which the broader market had moved.

"Many of these tenants signed contracts when rents were still recovering from the pandemic. Landlords have been waiting to catch up, and now the index allows them to do that," he said.

He advised tenants to negotiate before accepting a new rate. "Landlords don't want empty units. If you are a good tenant who pays on time, there is often room for a discount of 5 or 10 per cent, or for paying in fewer cheques," Jaber said.

The master developer of the community, Sidra Properties, said in response to queries from Khaleej Times that individual units were owned by private investors, who set the rents.

"Sidra Properties does not set rental prices for privately owned units in the community. We continue to invest in amenities, including the new community park and retail centre opening later this year," a spokesperson for the company said.

According to data from property portal HomeFinder UAE, average apartment rents across Dubai rose 17 per cent in the past 12 months, with mid-market communities recording some of the sharpest increases.

For Pillai, the decision is made. "We have given notice," he said. "The children will change schools in September. It's not what we wanted, but that is the reality."

The family plans to move to Al Nahda in Sharjah at the end of August.""",
        [
            ("We have no choice but", "Ramesh Pillai"),
            ("I checked the rental index", "Ramesh Pillai"),
            ("But my salary has not", "Ramesh Pillai"),
            ("The commute will be longer", "Hala"),
            ("Many of these tenants signed", "Faisal Jaber"),
            ("Landlords don't want empty units.", "Faisal Jaber"),
            ("Sidra Properties does not set", "spokesperson"),
            ("We have given notice", "Ramesh Pillai"),
            ("The children will change schools", "Ramesh Pillai"),
        ],
    ),
    (
        """New budget airline set for take-off

By Mariam Al Sayed

MANAMA: A new Bahrain-based budget airline will begin operations in October with flights to 12 regional destinations, officials announced yesterday.

Pearl Wings will initially operate four narrow-body aircraft from Bahrain International Airport, serving cities in Saudi Arabia, the UAE, Kuwait, Oman, Egypt, Jordan and India.

Transportation and Telecommunications Minister Dr Yaqoob Ebrahim Al Jishi, speaking at a press conference at the airport, said the airline would strengthen the kingdom's position as a regional travel hub.

"This is a proud day for Bahrain's aviation sector," he said. "The launch of Pearl Wings will create jobs for Bahrainis, bring more visitors to the kingdom and give travellers more choice at affordable prices."

Dr Al Jishi said the ministry had worked closely with the airline to secure the necessary approvals within nine months, which he described as "a record for a new operator in the region".

Pearl Wings chief executive Gareth Lowndes, a former executive at a European low-cost carrier, outlined the airline's business model to reporters:

"We will keep it simple. One aircraft type, one class, point-to-point flying and fares that start from BD19 one way. Passengers pay for what they use and nothing more."

He said the carrier expected to carry 600,000 passengers in its first full year and planned to expand to 15 aircraft by 2029.

"Our ambition is to become the low-cost carrier of choice for the northern Gulf," he said.

The airline has committed to recruiting at least 60 per cent of its workforce locally, according to Mr Lowndes, with the first group of 40 Bahraini cabin crew due to begin training next month.

Among them is 24-year-old Fatima Abdulla, from Muharraq.

"I have wanted to work in aviation since I was a little girl watching the planes land near my grandmother's house," she told the GDN. "When I saw the advertisement I applied the same day."

Jawad Ali Hasan, general manager of Manama-based Seef Horizon Travel, welcomed the announcement but said the new airline would face stiff competition.

"The market is crowded. There are already several low-cost carriers flying from Bahrain, and the airline will need to be very competitive on price and reliable on schedules," he said. "But more seats always help passengers, especially during the summer peak."

Tickets will go on sale on the airline's website next week.

"Bookings will open on June 1 and our launch fares will be available for a limited period," the airline said in a statement.

Pearl Wings is backed by a group of Bahraini and Saudi investors and has a paid-up capital of BD25 million.""",
        [
            ("This is a proud day", "Yaqoob Ebrahim Al Jishi"),
            ("The launch of Pearl Wings", "Yaqoob Ebrahim Al Jishi"),
            ("a record for a new", "Yaqoob Ebrahim Al Jishi"),
            ("We will keep it simple.", "Gareth Lowndes"),
            ("Our ambition is to become", "Gareth Lowndes"),
            ("I have wanted to work", "Fatima Abdulla"),
            ("When I saw the advertisement", "Fatima Abdulla"),
            ("The market is crowded.", "Jawad Ali Hasan"),
            ("But more seats always help", "Jawad Ali Hasan"),
            ("Bookings will open on June", "Pearl Wings"),
        ],
    ),
    (
        """Private housing sales slump 22% as high prices deter buyers

KUWAIT CITY, March 9: Sales of private housing plots and homes in Kuwait fell 22 percent in February compared with the same month last year, as high prices and tighter lending conditions kept many would-be buyers on the sidelines, figures released by the Real Estate Registration Department showed.

Total real estate trading reached KD187 million during the month, down 11 percent year on year. Investment property deals, mainly apartment buildings, rose 9 percent to KD72 million, while commercial transactions were almost flat at KD31 million.

Real estate expert Abdullah Fahad Al-Enezi, chairman of the Kuwait Real Estate Brokers Federation, said the drop in private housing deals was "expected" given the gap between asking prices and what Kuwaiti families can afford.

"A house in an established area now costs KD400,000 or more. A young Kuwaiti family with two salaries cannot reach that without going deep into debt," Al-Enezi told the Arab Times.

He said the so-called "Kuwaiti dream" of owning a standalone villa was slipping out of reach for many citizens, and called on the government to speed up the distribution of plots in the new residential cities in the south and west of the country.

"The solution is supply," he stressed. "As long as thousands of citizens are waiting for housing, prices of existing homes will remain inflated."

A senior source at the National Housing Authority told the Arab Times that the authority planned to distribute around 6,000 plots this year.

"The plots are ready in terms of infrastructure, and the distribution will be announced in stages," the source said, adding that priority would be given to applicants who have been on the waiting list the longest.

Analysts said the investment sector continued to benefit from steady demand for rental apartments among the expatriate population.

"Investment property remains the bright spot," said Hanan Al-Roumi, head of research at Kuwait-based Dasman Capital. "Yields of 7 to 8 percent are attractive for local investors, especially with the stock market as volatile as it has been."

She cautioned, however, that rising maintenance costs and a "growing number of vacant units" in older buildings in Hawalli and Salmiya could weigh on returns later in the year.

In its monthly bulletin, Gulf Bridge Real Estate Consultancy said activity in the commercial segment remained "subdued, with few large transactions recorded," as owners of office towers held out for prices that buyers were unwilling to pay.

The consultancy expects total trading for the first quarter to come in at around KD560 million, compared with KD610 million in the same period last year.""",
        [
            ("expected", "Abdullah Fahad Al-Enezi"),
            ("A house in an established", "Abdullah Fahad Al-Enezi"),
            ("The solution is supply", "Abdullah Fahad Al-Enezi"),
            ("As long as thousands of", "Abdullah Fahad Al-Enezi"),
            ("The plots are ready in", "senior source at the National Housing Authority"),
            ("Investment property remains the bright", "Hanan Al-Roumi"),
            ("Yields of 7 to 8", "Hanan Al-Roumi"),
            ("growing number of vacant units", "Hanan Al-Roumi"),
            ("subdued, with few large transactions", "Gulf Bridge Real Estate Consultancy"),
        ],
    ),
    (
        """OMR450 million waterfront project to offer freehold homes to expats

Muscat: A OMR450 million waterfront development west of Muscat will offer more than 2,000 freehold homes to Omani and foreign buyers, its developer announced on Monday.

Rimal Bay, located on the coast about 40 kilometres from the capital, has been designated an integrated tourism complex, allowing foreigners to own property outright and qualify for residency. The project is being developed by Rimal Bay Development Company, a joint venture between Omani investment group Al Hajar Holding and Bahrain’s Arad Capital Partners.

“Rimal Bay is designed to be a complete community, not just a collection of holiday homes,” said Salim bin Hamad Al Rawahi, chief executive of Rimal Bay Development Company, at the launch event in Muscat. “We expect around half of our buyers to be residents of Oman, with the rest coming from the GCC, Europe and South Asia.

“The first phase, which includes 480 villas and townhouses, a marina and a five-star hotel, will be completed by the end of 2027.”

Eng. Maryam bint Saif Al Balushi, Director General of Real Estate Development at the Ministry of Housing and Urban Planning, said the ministry had approved the project’s master plan last month.

“Projects of this kind bring foreign direct investment, create jobs for Omanis and help diversify the economy away from oil,” she said.

According to the developer, prices will start at OMR68,000 for a one-bedroom apartment, with villas priced from OMR210,000. The project will be marketed under the slogan “Live the Bay”, with roadshows planned in Dubai, Riyadh and London.

Karthik Subramanian, a Muscat-based property consultant with Wadi Estates, said interest from foreign buyers in the sultanate had grown steadily over the past few years.

“Five years ago most of my enquiries were from Omanis. Today, easily 40 per cent are from expatriates who want to retire here or have a second home,” he said.

He warned, however, that buyers should “look carefully at the service charges and the handover timeline” before committing to any off-plan purchase.

Al Rawahi said the company had set aside 20 per cent of the first phase for Omani first-time buyers, who will be offered a payment plan spread over eight years.

“We want Omani families to be part of this community from day one,” he said.

A spokesman for Rimal Bay said sales would open to the public on April 15 through the company’s sales centre in Al Khuwair.

“We have already received more than 1,200 registrations of interest, about a third of them from outside Oman,” the spokesman said.

Construction of the marina and the first residential clusters began in January, the company added.""",
        [
            ("Rimal Bay is designed to", "Salim bin Hamad Al Rawahi"),
            ("We expect around half of", "Salim bin Hamad Al Rawahi"),
            ("The first phase, which includes", "Salim bin Hamad Al Rawahi"),
            ("Projects of this kind bring", "Maryam bint Saif Al Balushi"),
            ("Five years ago most of", "Karthik Subramanian"),
            ("look carefully at the service", "Karthik Subramanian"),
            ("We want Omani families to", "Salim bin Hamad Al Rawahi"),
            ("We have already received more", "spokesman"),
        ],
    ),
]
