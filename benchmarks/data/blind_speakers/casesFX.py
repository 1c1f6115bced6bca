CASES = [
    (
        """Falcon Crest Airways posts record first-half profit on strong summer demand

Rania Sabbagh
Abu Dhabi, August 14

Falcon Crest Airways, the Abu Dhabi-based carrier, reported a record net profit of Dh1.9 billion for the first half of the year, up 23 per cent on the same period last year, as demand for travel to Europe and South-East Asia held firm despite higher fares.

Revenue rose 14 per cent to Dh12.6bn, the airline said in a filing to the stock exchange on Wednesday. The carrier flew 9.8 million passengers between January and June, and its average load factor reached 86 per cent.

“These results show that the strategy we set out two years ago is working,” said Khalid Al Mansoori, chief executive of Falcon Crest. “We have added capacity where our customers wanted it, and we have done so without sacrificing yield.”

Mr Al Mansoori told reporters at the airline’s headquarters that the carrier expected to take delivery of 11 new wide-body aircraft before the end of next year, although he warned that engine supply problems at manufacturers remained “a real constraint on the whole industry”.

“We are not immune to what is happening in the supply chain,” he said. “Some of our aircraft are on the ground waiting for parts, and that costs us money every day they sit there.”

The airline has leased four additional aircraft on a short-term basis to cover the shortfall, according to Sara Nuaimi, its chief financial officer.

“It is not the cheapest way to add seats, but it protects our schedule,” Ms Nuaimi said. She added that the company’s cash position stood at Dh8.4bn at the end of June, which she described as “comfortable by any standard”.

Analysts said the figures were ahead of expectations. Faisal Qureshi, head of research at Dubai brokerage Meridian Capital, said the carrier had benefited from a shortage of seats across the region.

“Everyone is capacity constrained, so the airlines that have aircraft flying are able to charge more,” he said. “The question is what happens when the new planes finally arrive and that pressure eases.”

Falcon Crest’s shares rose 3.2 per cent in early trading on Thursday, taking their gains since the start of the year to almost 30 per cent.

The carrier plans to launch routes to Krakow, Almaty and Da Nang in the winter season. A statement from the airline said the new destinations reflected “growing demand from both leisure and business travellers” in the UAE and would be served by its newest narrow-body aircraft.""",
        [
            ("These results show that the", "Khalid Al Mansoori"),
            ("We have added capacity where", "Khalid Al Mansoori"),
            ("a real constraint on the", "Khalid Al Mansoori"),
            ("We are not immune to", "Khalid Al Mansoori"),
            ("Some of our aircraft are", "Khalid Al Mansoori"),
            ("It is not the cheapest", "Sara Nuaimi"),
            ("comfortable by any standard", "Sara Nuaimi"),
            ("Everyone is capacity constrained, so", "Faisal Qureshi"),
            ("The question is what happens", "Faisal Qureshi"),
            ("growing demand from both leisure", "Falcon Crest Airways"),
        ],
    ),
    (
        """Dubai off-plan sales surge as developers race to launch new projects

Dubai: Off-plan property sales in Dubai jumped 38 per cent year-on-year in the third quarter, according to figures compiled by property consultancy Harbourline Realty, as developers rushed new launches to market to meet demand from overseas buyers.

A total of 21,400 off-plan units changed hands between July and September, worth Dh47.2 billion, the consultancy said in its quarterly report, "Dubai Residential Pulse".

"We are seeing a market that is being driven by end-users as much as investors," said Tariq Bashir, managing director of Harbourline Realty. "Two or three years ago, most buyers were flipping units before handover. Today a much larger share intend to live in the homes they buy."

Bashir said demand was strongest in mid-market communities such as Al Waha Gardens and Palm Creek, where one-bedroom apartments are priced between Dh900,000 and Dh1.3 million.

Not everyone is convinced the pace can be sustained. A senior executive at a mid-sized developer, who asked not to be named because he was not authorised to speak to the media, said construction costs had risen by "15 to 20 per cent" over the past 18 months.

"The margins are getting thinner, and some of the smaller players are launching projects they may struggle to finish," he said. "That is the risk nobody wants to talk about."

Regulators have already moved to tighten oversight. In a circular issued last month, the Real Estate Regulatory Agency said developers must show that at least 20 per cent of construction costs are funded before selling units off-plan, adding that the rules were designed to "protect buyers and maintain confidence in the market".

Huda Al Marzouqi, a Dubai-based property lawyer, said the new requirements were a welcome step. "Buyers have long memories of 2009," she said. "Anything that gives them more certainty about completion dates is positive."

For first-time buyers, the choice is not always straightforward. Rohan Menon, an engineer who bought a two-bedroom apartment on the southern edge of the city in August, said he had visited more than a dozen sales centres before committing.

"Every developer tells you their project is the best," he told Gulf News. "In the end I chose the one with the most realistic payment plan, not the one with the nicest brochure."

Harbourline expects transaction volumes to remain elevated through the end of the year, although it said price growth was likely to "moderate to single digits" next year as more completed units are handed over.""",
        [
            ("We are seeing a market", "Tariq Bashir"),
            ("Two or three years ago,", "Tariq Bashir"),
            ("15 to 20 per cent", "senior executive at a mid-sized developer"),
            ("The margins are getting thinner,", "senior executive at a mid-sized developer"),
            ("That is the risk nobody", "senior executive at a mid-sized developer"),
            ("protect buyers and maintain confidence", "Real Estate Regulatory Agency"),
            ("Buyers have long memories of", "Huda Al Marzouqi"),
            ("Anything that gives them more", "Huda Al Marzouqi"),
            ("Every developer tells you their", "Rohan Menon"),
            ("In the end I chose", "Rohan Menon"),
            ("moderate to single digits", "Harbourline Realty"),
        ],
    ),
    (
        """Doha cargo hub to double capacity with QR1.2bn expansion

Doha: Al Rayyan Air Logistics (ARAL) will double the handling capacity of its cargo terminal at the capital's main airport by 2027 under a QR1.2bn expansion plan unveiled yesterday.

The project, to be delivered in two phases, will raise annual capacity from 1.1 million tonnes to 2.3 million tonnes and add dedicated facilities for pharmaceuticals, perishables and e-commerce shipments.

Speaking at the launch ceremony, ARAL Chairman Abdulrahman bin Jassim Al Kuwari said the expansion was part of the country's wider drive to diversify its economy away from hydrocarbons.

"Logistics is one of the sectors where Qatar has a natural advantage, because of our location and the strength of our national carrier," he said. "This investment is about making sure we can capture that opportunity for the next twenty years."

Al Kuwari said the company had already signed agreements with three international freight forwarders to anchor the new e-commerce facility, although he declined to name them, saying only that they were "among the largest in the world".

Chief Executive Officer Mohammed Saleh Al Sulaiti told The Peninsula on the sidelines of the event that construction of the first phase would begin in the first quarter of next year.

"We have completed the design stage and we are in the final round of tendering for the main contractor," he said. "We expect to announce the award within weeks."

The pharmaceutical facility will include temperature-controlled zones ranging from minus 25 to plus 25 degrees Celsius. According to Al Sulaiti, demand for cold-chain handling at the terminal has grown by more than 40 percent since 2021.

"The pandemic changed how the world thinks about moving medicines," he said. "Customers now want end-to-end certainty, and they are willing to pay for it."

Industry observers welcomed the announcement. Dr. Leila Farouk, associate professor of supply chain management at Gulf Polytechnic University, said the expansion would help Qatar compete with other regional hubs.

"The Gulf has become a very competitive market for air cargo, and capacity alone is no longer enough," she said. "What matters is speed of clearance and digital integration with customs."

In a press release, ARAL said the new terminal would feature automated storage and retrieval systems and solar panels covering its entire roof, making it "one of the most advanced cargo facilities in the region". The company handled 870,000 tonnes of cargo last year, an increase of 11 percent on 2022.""",
        [
            ("Logistics is one of the", "Abdulrahman bin Jassim Al Kuwari"),
            ("This investment is about making", "Abdulrahman bin Jassim Al Kuwari"),
            ("among the largest in the", "Abdulrahman bin Jassim Al Kuwari"),
            ("We have completed the design", "Mohammed Saleh Al Sulaiti"),
            ("We expect to announce the", "Mohammed Saleh Al Sulaiti"),
            ("The pandemic changed how the", "Mohammed Saleh Al Sulaiti"),
            ("Customers now want end-to-end certainty,", "Mohammed Saleh Al Sulaiti"),
            ("The Gulf has become a", "Leila Farouk"),
            ("What matters is speed of", "Leila Farouk"),
            ("one of the most advanced", "Al Rayyan Air Logistics"),
        ],
    ),
    (
        """Residents raise concerns over Muharraq waterfront tower plan

By SANDEEP NAIR

MANAMA: Plans for a 38-storey residential and hotel tower on the Muharraq waterfront have drawn objections from residents who say the project will worsen traffic and block sea views from the historic district.

The BD95 million development, known as Lulu Bay Residences, is being proposed by Bahraini developer Seef Horizon Properties and was presented to the Muharraq Municipal Council on Tuesday.

'We are not against development, but this is the wrong place for a building of this size,' said area councillor Ebrahim Al Doseri. 'The roads here were built for a small fishing community, not for a tower with 400 apartments and a hotel.'

Mr Al Doseri said he had received more than 200 complaints from constituents since the plans were first published last month.

One resident, a retired teacher who has lived in the neighbourhood for more than 40 years, told the GDN that families were worried about the loss of parking and privacy.

'At night you will have hundreds of cars coming in and out of a street where children play,' she said. 'Nobody asked us before they drew these plans.'

Seef Horizon Properties chief executive Nadia Kanoo said the company had commissioned an independent traffic study and was prepared to fund road improvements in the area.

'We have listened carefully to the concerns raised and we understand them,' she said. 'This project will bring jobs, visitors and investment to Muharraq, and we want to deliver it in partnership with the community.'

She added that the tower's design had been revised to include a public promenade and a 'heritage walk' linking the site to the old souq, as well as a reduced number of parking spaces facing the sea.

Ms Kanoo said the company expected the project to create around 600 jobs during construction and 250 permanent positions once the hotel opens.

Council chairman Ghazi Al Murbati said the council would review the traffic study before making a recommendation to the planning authorities.

'The council's role is to represent the people of Muharraq, and we will not rush this decision,' he said.

A spokesman for the planning directorate said the application was 'still at an early stage' and that no final decision would be taken before the end of the year.""",
        [
            ("We are not against development,", "Ebrahim Al Doseri"),
            ("The roads here were built", "Ebrahim Al Doseri"),
            ("At night you will have", "resident"),
            ("Nobody asked us before they", "resident"),
            ("We have listened carefully to", "Nadia Kanoo"),
            ("This project will bring jobs,", "Nadia Kanoo"),
            ("The council's role is to", "Ghazi Al Murbati"),
            ("still at an early stage", "spokesman"),
        ],
    ),
    (
        """Nakheel Air to launch daily Muscat-Salalah flights ahead of khareef

By Times News Service

Muscat: Budget carrier Nakheel Air will begin daily flights between Muscat and Salalah from next month, adding more than 1,200 seats a week on one of the Sultanate's busiest domestic routes ahead of the khareef season.

The airline, which launched operations in March with two leased Airbus A320neo aircraft, said tickets would go on sale on Sunday with introductory one-way fares starting at OMR19.

Speaking to the Times of Oman, Nakheel Air chief executive Hamood bin Saif Al Hinai said the route had been chosen because of strong demand from both residents and visitors during the summer months.

"Every year during khareef, flights to Salalah sell out weeks in advance and prices go up sharply," he said. "We believe there is room for a carrier that offers a simple, affordable product, and we want Omani families to be able to travel without worrying about the cost."

Al Hinai said the airline planned to add a third aircraft in October and would consider flights to Sohar and Khasab next year, subject to regulatory approvals.

The khareef season, when monsoon rains turn the hills of Dhofar green, attracted more than 960,000 visitors last year, according to official figures.

An official at the Dhofar tourism directorate welcomed the announcement. "More seats means more visitors, and more visitors means more business for hotels, restaurants and tour operators in the governorate," the official said, speaking on condition of anonymity because he was not authorised to speak to the media.

Travel agents in Muscat said competition was likely to push fares down. Salim Al Balushi, general manager of Ruwi-based Al Mawaleh Travel, put it simply: "Last year a return ticket to Salalah in August could cost OMR150 or more. If the new airline keeps its promise, families will save a lot of money."

He cautioned, however, that reliability would matter as much as price.

"People will forgive a cheap ticket with no meals," he said. "They will not forgive a cancelled flight when they have booked a hotel for the whole family."

In a statement, the Oman Civil Aviation Regulatory Office said it had granted Nakheel Air a permit to operate the route and described the move as "a positive step for domestic connectivity and for tourism in the Sultanate".

Nakheel Air is backed by a consortium of Omani investors led by Al Jabal Holding Group. The airline said it expected to carry 400,000 passengers in its first full year of operations.""",
        [
            ("Every year during khareef, flights", "Hamood bin Saif Al Hinai"),
            ("We believe there is room", "Hamood bin Saif Al Hinai"),
            ("More seats means more visitors,", "official at the Dhofar tourism directorate"),
            ("Last year a return ticket", "Salim Al Balushi"),
            ("People will forgive a cheap", "Salim Al Balushi"),
            ("They will not forgive a", "Salim Al Balushi"),
            ("a positive step for domestic", "Oman Civil Aviation Regulatory Office"),
        ],
    ),
    (
        """Sharjah's Al Qasba Foods sets IPO price range, eyes Dh2.4bn raise

By Rohit Menezes

Al Qasba Foods, the Sharjah-based food processing and distribution group, on Monday set the price range for its initial public offering at Dh2.10 to Dh2.35 per share, potentially valuing the company at up to Dh9.4 billion.

The company will sell 25 per cent of its share capital, or one billion shares, in the offering, which opens to retail and institutional investors on October 7 and closes on October 14. Listing on the Dubai Financial Market is expected on October 22.

Speaking at a press conference in Dubai, chairman Sultan Obaid Al Shamsi said the listing marked a new chapter for the 46-year-old business founded by his father.

"My father started this company with a single delivery truck and a small warehouse in the industrial area," Al Shamsi said. "Today we supply more than 11,000 outlets across the GCC, and we believe the time is right to invite the public to share in our growth.

"We are not selling because we need the money. We are listing because we want the discipline and transparency that come with being a public company."

Group chief executive Priya Raghavan said proceeds from the primary portion of the offering, about Dh600 million, would be used to build a new processing plant in Ras Al Khaimah and expand the group's cold storage network in Saudi Arabia.

Raghavan told Khaleej Times the company had seen "very strong and broad-based" early interest from regional and international funds during pre-marketing.

"We've had conversations with more than 80 institutions in the last three weeks," she said. "The feedback has been consistent: investors like the resilience of food as a sector, and they like our margins."

Al Qasba reported revenue of Dh4.1 billion and net profit of Dh512 million in 2023, according to the IPO prospectus.

The offering comes amid a busy period for listings in the UAE, and market analysts said the pricing appeared attractive compared with regional peers.

According to Omar Hijazi, senior equity strategist at Abu Dhabi-based Crescent Bay Securities, the range implies a price-to-earnings multiple of about 16 to 18 times, "which is at a discount to where most listed food companies in the region are trading".

"Retail demand for UAE IPOs has been very strong this year, and a household name like this will attract a lot of individual investors," Hijazi said. "The bigger test will be how the stock performs in the first three months after listing."

The company said in its intention-to-float notice that it would pay a dividend of at least Dh250 million for the 2025 financial year, and thereafter aims to distribute "at least 60 per cent of annual net profit" to shareholders.""",
        [
            ("My father started this company", "Sultan Obaid Al Shamsi"),
            ("Today we supply more than", "Sultan Obaid Al Shamsi"),
            ("We are not selling because", "Sultan Obaid Al Shamsi"),
            ("very strong and broad-based", "Priya Raghavan"),
            ("We've had conversations with more", "Priya Raghavan"),
            ("The feedback has been consistent:", "Priya Raghavan"),
            ("which is at a discount", "Omar Hijazi"),
            ("Retail demand for UAE IPOs", "Omar Hijazi"),
            ("The bigger test will be", "Omar Hijazi"),
            ("at least 60 per cent", "Al Qasba Foods"),
        ],
    ),
    (
        """Doha rents ease as new supply floods market, report finds

By Staff Reporter

Residential rents in Doha fell by an average of 4.5% in the first half of the year as thousands of new apartments completed in recent years continued to come onto the market, according to a report released yesterday by Corniche Property Advisors.

The consultancy’s “Qatar Residential Review” found that the average monthly rent for a two-bedroom apartment in the Al Maha Waterfront district dropped to QR8,900, from QR9,600 a year earlier, while villa rents in compounds on the city’s western outskirts fell by as much as 7%.

“Tenants are in a much stronger negotiating position than they were two years ago,” said Marwan Haddad, head of research at Corniche. “Landlords who insist on last year’s rents are seeing their units sit empty for three or four months.”

Haddad said many landlords were now offering incentives including a month or two of free rent, free parking and covered utility bills to attract and keep tenants. Some had also agreed to accept payment in 12 monthly cheques rather than the four or six that were common in the past.

The report’s conclusion was blunt: “Supply will continue to outpace demand in most segments until at least the end of next year.”

Not all areas are affected equally. Prime apartments with sea views and properties close to metro stations have held their value, the consultancy said, describing demand in those segments as “resilient and largely driven by families relocating for work”.

A leasing agent at a brokerage in the West Bay area, who asked not to be named, said inquiries had risen but decisions were taking longer.

“People are shopping around much more than before,” the agent said. “They visit five or six buildings, then they come back and ask for a discount. Most of the time, the landlord agrees.”

Jassim Al Marri, who owns two residential buildings in the Fereej Al Nasr area, said he had lowered rents by around 10% this year to avoid vacancies.

“It is better to have a good tenant paying a little less than an empty flat,” he said. “An empty flat still costs me maintenance and service charges every month.”

For expatriate families, the easing market has come as a relief. Sunita Pillai, a school administrator, said her family had moved to a larger apartment this summer for almost the same rent they had been paying for a smaller unit.

“Two years ago we could not even find something available at a reasonable price,” she said.

A spokeswoman for the Property Registration Department said the number of lease contracts registered in the first six months of the year rose by 9% compared with the same period last year, which she said reflected “healthy activity and a growing population”.""",
        [
            ("Tenants are in a much", "Marwan Haddad"),
            ("Landlords who insist on last", "Marwan Haddad"),
            ("Supply will continue to outpace", "Corniche Property Advisors"),
            ("resilient and largely driven by", "Corniche Property Advisors"),
            ("People are shopping around much", "leasing agent at a brokerage in the West Bay area"),
            ("They visit five or six", "leasing agent at a brokerage in the West Bay area"),
            ("It is better to have", "Jassim Al Marri"),
            ("An empty flat still costs", "Jassim Al Marri"),
            ("Two years ago we could", "Sunita Pillai"),
            ("healthy activity and a growing", "spokeswoman"),
        ],
    ),
    (
        """Oasis Wings apologises after passengers stranded for 14 hours in Muscat

SHARJAH: Sharjah-based budget airline Oasis Wings has apologised to more than 170 passengers who were left stranded at Muscat airport for nearly 14 hours after their flight from Kozhikode was diverted because of a technical fault.

Flight OW 518, an Airbus A320, departed Kozhikode at 1.40am on Saturday and was due to land in Sharjah at 4.15am local time. About an hour into the flight, the crew reported a warning related to the aircraft's hydraulic system and the pilots decided to divert to Muscat as a precaution.

"The safety of our passengers and crew is always our first priority," an Oasis Wings spokesperson said in a statement. "The aircraft landed safely and passengers disembarked normally. We sincerely regret the inconvenience caused and are reviewing how the situation was handled on the ground."

Passengers, however, said they were given little information during the long wait and were not offered hotel rooms until late afternoon.

Anjali Thomas, a nurse travelling back to her job in Ajman with her two-year-old son, said families with young children had been forced to sit on the floor of the terminal for hours.

"We had no food until almost noon, and nobody from the airline came to tell us what was happening," she told Gulf Today by phone after finally reaching Sharjah on Saturday night. "My son was crying, other children were crying. It was very hard."

Another passenger, Mohammed Rafiq, a sales executive from Sharjah, said he had missed an important meeting with clients.

"I understand that technical problems happen, and I would rather be safe," he said. "But the way they treated us after landing was not acceptable."

The airline said a replacement aircraft was sent from Sharjah once engineers determined that the original plane could not be repaired quickly. Passengers eventually landed in Sharjah at 6.05pm.

John Pereira, founder of Dubai-based consultancy Skyview Aviation Advisory, said diversions were a routine part of airline operations but that budget carriers often struggled to recover quickly when an aircraft was grounded away from their base.

"A low-cost airline runs a very tight fleet with almost no spare aircraft, so one technical problem can cause a chain reaction," Pereira said. "The decision to divert was correct. Where airlines lose the trust of passengers is in the communication afterwards."

The spokesperson said affected passengers would receive a travel voucher for a future flight and could apply for reimbursement of "reasonable out-of-pocket expenses" such as meals and transport, provided they submitted receipts within 30 days.""",
        [
            ("The safety of our passengers", "spokesperson"),
            ("The aircraft landed safely and", "spokesperson"),
            ("We had no food until", "Anjali Thomas"),
            ("My son was crying, other", "Anjali Thomas"),
            ("I understand that technical problems", "Mohammed Rafiq"),
            ("But the way they treated", "Mohammed Rafiq"),
            ("A low-cost airline runs a", "John Pereira"),
            ("The decision to divert was", "John Pereira"),
            ("reasonable out-of-pocket expenses", "spokesperson"),
        ],
    ),
]
